import { describe, expect, it } from 'vitest';
import { outsideLink, shortAddress } from '../../renderer/person/webAddress';

describe('the contact details’ web addresses', () => {
  it('links only https addresses, the one kind the desktop app hands to the system’s browser', () => {
    expect(outsideLink('https://www.linkedin.com/in/ada-okafor/')).toBe('https://www.linkedin.com/in/ada-okafor/');
    expect(outsideLink('http://linkedin.com/in/ada')).toBeNull();
    expect(outsideLink('javascript:alert(1)')).toBeNull();
    expect(outsideLink('not an address')).toBeNull();
    expect(outsideLink(null)).toBeNull();
  });

  it('shows an address as people read it, without its scheme, "www." or final slash', () => {
    expect(shortAddress('https://www.linkedin.com/in/ada-okafor/')).toBe('linkedin.com/in/ada-okafor');
    expect(shortAddress('HTTPS://LinkedIn.com/in/Ada')).toBe('LinkedIn.com/in/Ada');
    expect(shortAddress('https://linkedin.com/in/ada?trk=x')).toBe('linkedin.com/in/ada?trk=x');
  });
});
