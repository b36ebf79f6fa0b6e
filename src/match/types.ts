/** What the matcher says about one appendix row. */
/** `withheld`: the row's columns were doubtful (AppendixRow.withheld), so no figure is stored; it goes to review. */
export type MatchMethod = 'exact' | 'variant' | 'newer-wording' | 'fuzzy' | 'user' | 'none' | 'withheld';

export interface MatchCandidate {
  indicatorId: string;
  score: number;
}

export interface IndicatorMatch {
  /** Null when no candidate is good enough: the row goes to review (`chitieu unmatched`). */
  indicatorId: string | null;
  confidence: number;
  method: MatchMethod;
  /** Best candidates, best first, also for mapped rows (for `explain`). */
  candidates: MatchCandidate[];
  /** Plain-language reasons, for `chitieu explain`. */
  reasons: string[];
  /** The matched entry is a group heading (no figure of its own expected). */
  isGroup: boolean;
}
