/** PostgreSQL text for SET, what ALTER SESSION SET becomes (rules/alter-session.ts). */
import type { SessionStatement, Setting, SetValue } from '../ast/node.js';
import { ident, stringLiteral } from './names.js';

function value(v: SetValue): string {
  switch (v.type) {
    case 'string':
      return stringLiteral(v.value);
    case 'name':
      return ident(v.name, 'relation');
    case 'interval-hour-to-minute':
      return `INTERVAL ${stringLiteral(v.value)} HOUR TO MINUTE`;
    case 'keyword':
      return v.word;
  }
}

/**
 * A setting's value as the text set_config() takes. An Oracle offset is east of UTC, so
 * '+02:00' is the POSIX zone '<+0200>-02:00'; LOCAL and DEFAULT are the value RESET restores.
 */
function valueText(v: SetValue): string {
  switch (v.type) {
    case 'string':
      return stringLiteral(v.value);
    case 'name':
      return stringLiteral(ident(v.name, 'relation'));
    case 'interval-hour-to-minute': {
      const [hours = '0', minutes = '00'] = v.value.replace(/^[+-]/, '').split(':');
      const east = !v.value.startsWith('-');
      const hhmm = `${hours.padStart(2, '0')}${minutes.padStart(2, '0')}`;
      return stringLiteral(`<${east ? '+' : '-'}${hhmm}>${east ? '-' : '+'}${hours}:${minutes}`);
    }
    case 'keyword':
      return "(SELECT reset_val FROM pg_catalog.pg_settings WHERE name = 'TimeZone')";
  }
}

function setConfig({ parameter, value: v }: Setting): string {
  const name = parameter === 'TIME ZONE' ? 'TimeZone' : parameter;
  return `pg_catalog.set_config(${stringLiteral(name)}, ${valueText(v)}, false)`;
}

export function generateSession(statement: SessionStatement): string {
  if (statement.kind === 'alter-session')
    throw new Error('ALTER SESSION reaches the generator only as the SET its rule makes');
  const [only, ...more] = statement.settings;
  if (!only) throw new Error('a SET without a setting');
  if (more.length) return `SELECT ${statement.settings.map(setConfig).join(', ')}`;
  const { parameter, value: v } = only;
  if (parameter === 'TIME ZONE') return `SET TIME ZONE ${value(v)}`;
  return v.type === 'name' ? `SET ${parameter} TO ${value(v)}` : `SET ${parameter} = ${value(v)}`;
}
