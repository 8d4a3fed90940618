import { accountFormRoute } from '../../../../../components/library/AccountPageFrame'

/** Asks for a password-reset link by e-mail. */
const forgotRoute = accountFormRoute({
  form: 'forgotPassword',
  titleKey: 'account.forgotTitle',
  leadKey: 'account.forgotLead',
})

export const generateMetadata = forgotRoute.generateMetadata
export default forgotRoute.Page
