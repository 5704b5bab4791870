import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type { ListedPerson, Person } from '../../api/contract';
import { BULK_PEOPLE_MAX } from '../../core/peopleBulk';
import { href } from '../router';
import type { PeopleSelection } from './usePeopleSelection';

/** A candidate's company is their employer, by name; a client contact's is the client's. */
const companyOf = (p: Person) => (p.kind === 'candidate' ? p.employer : p.companyName);

/** An address that wraps after its @ before anywhere else, rather than in the middle of the domain. */
function Email({ address }: { address: string | null }) {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 1) return <>{address}</>;
  return (
    <>
      {address.slice(0, at + 1)}
      <wbr />
      {address.slice(at + 1)}
    </>
  );
}

/**
 * One line under a person's name on a narrow screen: the values there are, between middle dots, each
 * kept whole where it can be, so a phone number wraps onto the next line in one piece.
 */
function PersonLine({ values }: { values: ReactNode[] }) {
  const shown = values.filter(Boolean);
  if (shown.length === 0) return null;
  return (
    <span className="person-line">
      {shown.map((value, i) => (
        <Fragment key={i}>
          <span className="person-value">
            {value}
            {i < shown.length - 1 && '\u00a0·'}
          </span>{' '}
        </Fragment>
      ))}
    </span>
  );
}

/** How many of a person's tags a row shows as chips; the rest are counted, and the title names them all. */
const TAGS_SHOWN = 3;

/**
 * A person's tags in a row of the list: the first few as chips, each cut short with an ellipsis when it is wider than
 * the column, then how many more. The whole list is the title, and is read out in full.
 */
export function RowTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, TAGS_SHOWN);
  const rest = tags.slice(TAGS_SHOWN);
  return (
    <span className="row-tags" title={`Tags: ${tags.join(', ')}`}>
      <span className="sr-only">Tags: </span>
      {shown.map((tag, i) => (
        <span key={tag} className="row-tag">
          {tag}
          {i < tags.length - 1 && <span className="sr-only">, </span>}
        </span>
      ))}
      {rest.length > 0 && (
        // "+2" is drawn by the style sheet, so the row reads out as the tags themselves.
        <span className="row-tag row-tag-more" data-more={`+${rest.length}`}>
          <span className="sr-only">{rest.join(', ')}</span>
        </span>
      )}
    </span>
  );
}

/** The width below which each person is a few lines instead of a row of columns, as in lists.css. */
const NARROW = '(max-width: 760px)';

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const media = window.matchMedia(NARROW);
    const changed = () => setNarrow(media.matches);
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, []);
  return narrow;
}

/** Whether a person is chosen for a bulk step, and how a click (Shift held or not) chooses them. */
export interface Choosing {
  chosen: boolean;
  onChoose(range: boolean): void;
}

/**
 * The box that chooses a person, before their name. The keyboard chooses through the row (Space), so the box is
 * left out of the Tab order; a click on it is its own and does not open the person.
 */
function ChooseBox({ name, choosing: { chosen, onChoose } }: { name: string; choosing: Choosing }) {
  return (
    <span className="person-choose" onClick={(e) => e.stopPropagation()}>
      <input
        type="checkbox"
        tabIndex={-1}
        aria-label={`Choose ${name}`}
        checked={chosen}
        onChange={() => undefined}
        onClick={(e) => onChoose(e.shiftKey)}
      />
    </span>
  );
}

/**
 * The box over the names: with no one chosen it chooses every row loaded (the first 500 of them), with anyone chosen
 * it lets them go. Ticked when every row it would choose is chosen, half when some are.
 */
export function ChooseAllBox({ ids, selection }: { ids: readonly string[]; selection: PeopleSelection }) {
  const loadedChosen = ids.filter((id) => selection.has(id)).length;
  const all = Math.min(ids.length, BULK_PEOPLE_MAX);
  return (
    <span className="person-choose">
      <input
        type="checkbox"
        aria-label={`Choose everyone loaded (${BULK_PEOPLE_MAX} at most)`}
        checked={loadedChosen > 0 && loadedChosen === all}
        ref={(box) => {
          if (box) box.indeterminate = loadedChosen > 0 && loadedChosen < all;
        }}
        onChange={() => (selection.ids.length ? selection.clear() : selection.choose(ids))}
      />
    </span>
  );
}

/**
 * One person's cells in the People list: name, employer or company, title, email, phone and tags; on a
 * narrow screen, the name over two lines of the rest and their tags, the other cells hidden.
 */
export function PersonCells({
  person: p,
  narrow,
  choosing,
}: {
  person: ListedPerson;
  narrow: boolean;
  choosing?: Choosing;
}) {
  return (
    <>
      <td>
        {choosing && <ChooseBox name={p.name} choosing={choosing} />}
        <a href={href('people', p.id)}>{p.name}</a>
        {narrow && (
          <>
            <PersonLine values={[companyOf(p), p.title]} />
            <PersonLine values={[p.email && <Email address={p.email} />, p.phone]} />
            <RowTags tags={p.tags} />
          </>
        )}
      </td>
      <td className="hide-narrow">{companyOf(p)}</td>
      <td className="hide-narrow">{p.title}</td>
      <td className="hide-narrow">
        <Email address={p.email} />
      </td>
      <td className="hide-narrow">{p.phone}</td>
      <td className="hide-narrow">
        <RowTags tags={p.tags} />
      </td>
    </>
  );
}
