import {
  EmployerLettersOfIntentResolver,
  LettersOfIntentResolver,
} from './letters-of-intent.resolver';

/** The resolvers of this part, for the module and the schema printer. */
export const LetterOfIntentResolvers = [LettersOfIntentResolver, EmployerLettersOfIntentResolver];
