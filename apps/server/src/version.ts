/** Reported by `/api/version`; the Label Studio SDK reads only its keys' presence. */
export const VERSION = '0.1.0';
