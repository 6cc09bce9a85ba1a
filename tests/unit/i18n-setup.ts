// Extension pages and the background activate a catalog at start-up; tests start from English the same way.
import { activateStrings } from '../../lib/i18n/translate';
import { stringsFor } from '../../lib/i18n/catalog';

activateStrings('en', stringsFor('en'));
