import { createContext } from 'react';

/**
 * Copies a value for a row's inline copy button. The table holds one clipboard state and one live region for all
 * its rows, so each row's copy button is a single element. Internal.
 */
export const RowCopyContext = createContext<((text: string) => void) | null>(null);
