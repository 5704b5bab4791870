import { useId, useRef, useState } from 'react';
import type { PersonRecord } from '../../api/contract';
import { call } from '../api';
import { TagInput } from '../components/TagInput';
import { useRpc } from '../useRpc';

/** A person's tags (skills, seniority, languages), saved as they change: what the recruiter finds them by. */
export function TagEditor({ person }: { person: PersonRecord }) {
  const [tags, setTags] = useState<string[]>(person.tags);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const inUse = useRpc('tags.list', {}, [saved]);
  const errorId = useId();
  // Only the latest change's answer counts: tags added quickly one after another are saved in turn.
  const latest = useRef(0);
  const save = async (next: string[]) => {
    const before = tags;
    const asked = ++latest.current;
    setTags(next);
    setError(null);
    const result = await call('tags.set', { personId: person.id, tags: next });
    if (asked !== latest.current) return;
    if (!result.ok) {
      setTags(before);
      setError(result.error.message);
      return;
    }
    setTags(result.value);
    setSaved((n) => n + 1);
  };
  return (
    <section className="panel person-tags" aria-labelledby="tags-title">
      <h2 id="tags-title">Tags</h2>
      <p className="muted small">Skills, seniority, languages: what you look for them by. Enter or a comma adds one.</p>
      <TagInput
        label={`Tags of ${person.name}`}
        tags={tags}
        onChange={(next) => void save(next)}
        suggestions={(inUse.data ?? []).map((t) => t.tag)}
        placeholder={tags.length ? 'Add a tag' : 'e.g. Go, Senior, German'}
        errorId={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
