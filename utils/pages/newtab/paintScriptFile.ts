/**
 * The paint script's file and the attribute that names the module it starts: facts the build
 * (`modules/`) and the new tab share. No imports: WXT loads `modules/` before any `@/` alias
 * exists, so what they import must stand alone.
 */

/** The path of the generated classic script in the built extension. */
export const PAINT_SCRIPT_PATH = 'newtab-paint.js';

/** The attribute on the paint script's tag naming the module it starts (modules/module-script-last.ts). */
export const MODULE_ATTRIBUTE = 'data-module';
