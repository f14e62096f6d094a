/** DDL nodes: CREATE TABLE, INDEX, SEQUENCE, VIEW, ... */
import type { NodeBase } from './common.js';

/** A DDL statement the translator does not model yet: kept so the report can name it. */
export interface UnmodelledDdl extends NodeBase {
  readonly kind: 'unmodelled-ddl';
  readonly text: string;
}

export type DdlStatement = UnmodelledDdl;

/** Parts of DDL statements that are nodes of their own (columns, constraints, ...). */
export type DdlNode = never;
