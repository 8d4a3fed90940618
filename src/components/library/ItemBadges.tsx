import type { LibraryTranslator } from '../../i18n'

/** The line above an item's title: what kind of item it is, and whether it is for the press. */
export function ItemBadges({
  kindLabel,
  isPressOnly,
  t,
}: {
  kindLabel: string
  isPressOnly: boolean
  t: LibraryTranslator
}) {
  return (
    <p>
      <span className="badge">{kindLabel}</span>
      {isPressOnly ? <span className="badge badge--press"> · {t('item.tierPress')}</span> : null}
    </p>
  )
}
