/**
 * The schema that holds the Oracle compatibility functions in the target, unless the
 * user names another. Here in core because the translator (which writes calls into it),
 * the target's installer and the CLI's defaults all need it, and the translator imports
 * only core.
 */
export const DEFAULT_COMPAT_SCHEMA = 'decant_oracle';
