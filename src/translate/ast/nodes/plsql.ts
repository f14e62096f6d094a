/**
 * PL/SQL units. Their bodies are translated in a later issue (PL/SQL to PL/pgSQL); until then
 * the parser recognises a unit by its header, keeps its text untouched, and the translator
 * refuses it by name rather than reading its body as SQL.
 */
import type { Name, NodeBase } from './common.js';

export interface PlsqlUnit extends NodeBase {
  readonly kind: 'plsql-unit';
  /** 'PROCEDURE', 'FUNCTION', 'PACKAGE', 'PACKAGE BODY', 'TRIGGER', 'TYPE', 'TYPE BODY', 'BLOCK'. */
  readonly unit: string;
  readonly name?: readonly Name[];
  readonly text: string;
}
