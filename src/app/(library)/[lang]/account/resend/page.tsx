import { accountFormRoute } from '../../../../../components/library/AccountPageFrame'

/** Asks for the confirmation link again, for a journalist whose mail went missing. */
const resendRoute = accountFormRoute({
  form: 'resendVerification',
  titleKey: 'account.resendTitle',
  leadKey: 'account.resendLead',
})

export const generateMetadata = resendRoute.generateMetadata
export default resendRoute.Page
