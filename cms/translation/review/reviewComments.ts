/** What an entry of a locale's review conversation is: a comment, or the decision it records. */
export const reviewCommentKinds = ['comment', 'approved', 'rejected'] as const

/** One kind of review entry. */
export type ReviewCommentKind = (typeof reviewCommentKinds)[number]
