/** Data types as written: `NUMBER(10,2)`, `VARCHAR2(20 CHAR)`, `TIMESTAMP(6) WITH TIME ZONE`. */
import type { NodeBase } from './common.js';

export interface DataType extends NodeBase {
  readonly kind: 'data-type';
  /** Upper case words: 'NUMBER', 'VARCHAR2', 'TIMESTAMP WITH LOCAL TIME ZONE', 'INTERVAL DAY TO SECOND', 'DOUBLE PRECISION'. */
  readonly name: string;
  /** Numbers as written; `*` for NUMBER(*,0). */
  readonly args: readonly string[];
  /** VARCHAR2(10 CHAR) / (10 BYTE). */
  readonly lengthUnit?: 'CHAR' | 'BYTE';
  /** For INTERVAL DAY(p) TO SECOND(s): the second precision (args[0] is the leading one). */
  readonly secondPrecision?: string;
  /** A user-defined type or %TYPE reference, schema-qualified: kept as written. */
  readonly schema?: string;
  /** MySQL's CHARACTER SET of a CAST to CHAR (CONVERT ... USING), lower case. */
  readonly charset?: string;
  /** Already a PostgreSQL type: printed as is. */
  readonly postgres?: boolean;
}
