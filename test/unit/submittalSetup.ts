import { makeBackend, seedBasics, type Backend } from './helpers';

/** A backend on a new profile, which holds shortlists from migration 17 on. */
export const shortlistBackend = (): Backend => makeBackend();

/** A client with a contact who hires, a position with two open candidates and one closed, and another client. */
export async function seedShortlist(b: Backend) {
  const basics = await seedBasics(b);
  const ben = await b.ok('people.create', {
    kind: 'candidate',
    name: 'Ben Tal',
    email: 'ben@mail.example',
    phone: '+34 611 22 33 44',
  });
  const cleo = await b.ok('people.create', { kind: 'candidate', name: 'Cleo Ray' });
  const ada = await b.ok('applications.create', { candidateId: basics.candidate.id, positionId: basics.position.id });
  const benApp = await b.ok('applications.create', { candidateId: ben.id, positionId: basics.position.id });
  const cleoApp = await b.ok('applications.create', { candidateId: cleo.id, positionId: basics.position.id });
  await b.ok('applications.close', { id: cleoApp.id, reason: 'candidate-withdrew' });
  const rival = await b.ok('companies.create', { name: 'Globex' });
  const outsider = await b.ok('people.create', { kind: 'contact', name: 'Otto Globex', companyId: rival.id });
  const rivalPosition = await b.ok('positions.create', { companyId: rival.id, title: 'Platform Lead' });
  const elsewhere = await b.ok('applications.create', { candidateId: ben.id, positionId: rivalPosition.id });
  return { ...basics, ben, cleo, ada, benApp, cleoApp, outsider, elsewhere };
}
