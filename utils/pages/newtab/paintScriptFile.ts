/**
 * The paint script's file and the attribute that names the module it starts: facts the build
 * (`modules/`) and the new tab share. No imports: WXT loads `modules/` before any `@/` alias
 * exists, so what they import must stand alone.
 */

/** The path of the generated classic script in the built extension. */
export const PAINT_SCRIPT_PATH = 'newtab-paint.js';

/** The attribute on the paint script's tag naming the module it starts (modules/module-script-last.ts). */
export const MODULE_ATTRIBUTE = 'data-module';

/**
 * The `<html>` data attribute (`dataset` name) the paint script sets when the page's words are the
 * English as written (`englishAtStart`): the module then starts without reading the setting.
 */
export const ENGLISH = 'english';

/**
 * The `<html>` data attribute (`dataset` name) holding what the page's words are made in
 * (`speaksNow`): set by the paint script, and again after a switch of language, so the snapshot
 * code reads it without reading the setting itself.
 */
export const SPEAKS = 'speaks';
