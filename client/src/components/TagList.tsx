import { useTranslation } from 'react-i18next';

export function TagList({ tags }: { tags: string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) {
    return <span className="muted">{t('profile.none')}</span>;
  }
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
