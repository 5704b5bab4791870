import type { ImportField } from './importMapping';

// The column headers of the exports recruiters bring: LinkedIn's Connections.csv, Google Contacts (current
// and old), Outlook (English and German), and French and Spanish spreadsheets. Within a field, the order is
// the order of preference: Outlook's "Job Title" over "Title" (an honorific there), mobile over business
// over home phones, Google's first e-mail over its second.

const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'displayname', 'candidatename', 'contactname', 'candidate', 'contact', 'person'],
  firstName: [
    'firstname',
    'givenname',
    'first',
    'forename',
    'vorname',
    'prenom',
    'nombre',
    'middlename',
    'additionalname',
    'weiterevornamen',
    'segundonombre',
  ],
  lastName: [
    'lastname',
    'familyname',
    'surname',
    'last',
    'nachname',
    'nom',
    'nomdefamille',
    'apellidos',
    'apellido',
    'primerapellido',
    'segundoapellido',
  ],
  email: [
    'email',
    'emailaddress',
    'email1value',
    'mail',
    'primaryemail',
    'workemail',
    'personalemail',
    'emailadresse',
    'adresseemail',
    'adressemail',
    'courriel',
    'correoelectronico',
    'correo',
    'email2address',
    'email2value',
    'email2adresse',
    'email3address',
    'email3value',
    'email3adresse',
  ],
  phone: [
    'mobile',
    'mobilephone',
    'cell',
    'cellphone',
    'mobiltelefon',
    'telephonemobile',
    'portable',
    'telefonomovil',
    'movil',
    'celular',
    'businessphone',
    'workphone',
    'telefongeschaftlich',
    'telephonebureau',
    'telephoneprofessionnel',
    'telefonotrabajo',
    'homephone',
    'telefonprivat',
    'telephonedomicile',
    'telefonoparticular',
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'primaryphone',
    'phone1value',
    'haupttelefon',
    'telefon',
    'telefono',
    'phone2value',
    'phone3value',
    'businessphone2',
    'homephone2',
    'mobiltelefon2',
    'telefongeschaftlich2',
    'otherphone',
  ],
  company: [
    'company',
    'companyname',
    'organizationname',
    'organization1name',
    'organization',
    'organisation',
    'employer',
    'currentcompany',
    'firma',
    'societe',
    'entreprise',
    'empresa',
    'compania',
    'account',
  ],
  title: [
    'jobtitle',
    'position',
    'organizationtitle',
    'organization1title',
    'role',
    'currenttitle',
    'headline',
    'fonction',
    'poste',
    'cargo',
    'puesto',
    'title',
  ],
  location: ['location', 'city', 'address', 'region', 'country', 'ort', 'ville', 'ciudad'],
  linkedinUrl: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofileurl'],
  notes: [
    'notes',
    'note',
    'comments',
    'comment',
    'description',
    'summary',
    'notizen',
    'remarques',
    'commentaires',
    'notas',
    'comentarios',
    'connectedon',
  ],
};

/** Web address columns that are LinkedIn profiles only when their values say so (LinkedIn's own "URL"). */
const PROFILE_IF_LINKEDIN = ['url', 'profileurl', 'website', 'website1value', 'webpage', 'webseite', 'siteweb'];

/** Notes columns whose text is a note as written; the rest ("Connected On") are kept with their header. */
export const PLAIN_NOTES = new Set(ALIASES.notes.filter((a) => a !== 'connectedon'));

/** A header as compared: no accents, no case, letters and digits only ("E-Mail-Adresse" → "emailadresse"). */
export function squashHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

export interface HeaderMeaning {
  field: ImportField;
  /** Lower is preferred when several columns fill one field. */
  rank: number;
  /** A web address column: a LinkedIn profile only when its values are linkedin.com/in addresses. */
  onlyIfLinkedIn?: true;
}

const MEANINGS = new Map<string, HeaderMeaning>();
for (const [field, words] of Object.entries(ALIASES) as [ImportField, string[]][])
  words.forEach((word, rank) => MEANINGS.set(word, { field, rank }));
PROFILE_IF_LINKEDIN.forEach((word, rank) =>
  MEANINGS.set(word, { field: 'linkedinUrl', rank: 100 + rank, onlyIfLinkedIn: true }),
);

/** What a column holds, judged by its header alone; undefined when Politely does not know the header. */
export function headerMeaning(header: string): HeaderMeaning | undefined {
  return MEANINGS.get(squashHeader(header));
}

/** How many cells of a row are headers Politely knows: how the header row is told from a preamble. */
export function knownHeaderCount(cells: readonly string[]): number {
  let known = 0;
  for (const cell of cells) if (cell.length <= 60 && MEANINGS.has(squashHeader(cell))) known++;
  return known;
}
