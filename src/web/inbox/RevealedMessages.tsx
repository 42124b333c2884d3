import { createContext, useContext, useState, type ReactNode } from 'react';

interface Revealed {
  isShown(itemId: string): boolean;
  show(itemId: string): void;
}

const RevealedContext = createContext<Revealed>({ isShown: () => false, show: () => undefined });

/** The insulting items a person chose to read on this page: shown in the stream and on the item alike. */
export function RevealedMessagesProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const value: Revealed = { isShown: (id) => shown.has(id), show: (id) => setShown((s) => new Set(s).add(id)) };
  return <RevealedContext.Provider value={value}>{children}</RevealedContext.Provider>;
}

export const useRevealedMessages = () => useContext(RevealedContext);
