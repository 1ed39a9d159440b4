import { type CollectionBeforeOperationHook, commitTransaction } from 'payload'

/**
 * Ends the request's transaction before Payload's forgot-password work begins, which then runs as
 * single statements: reserving the request (an atomic update), saving the token, sending the mail.
 *
 * Why: Payload reserves the request (so one address gets at most one mail per interval) with a write
 * it makes outside the request's transaction on purpose. On SQLite the request's transaction already
 * holds the database's only write lock (libsql begins every transaction IMMEDIATE), so that write
 * could never get it: POST /api/users/forgot-password answered 500 with SQLITE_BUSY. It also keeps
 * the SMTP conversation from holding a transaction open. If the mail cannot be sent, Payload releases
 * the reservation; the saved token is then useless to anyone and replaced by the next request.
 */
export const forgotPasswordOutsideTransaction: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation === 'forgotPassword' && req.transactionID) await commitTransaction(req)
  return args
}
