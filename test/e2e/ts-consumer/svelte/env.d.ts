// Svelte: SvelteHTMLElements entries type the raw tags in .svelte templates (svelte-check, the editor).
import type {} from 'versus-elements/types/svelte';
