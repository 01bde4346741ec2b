import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import type { SignupSchema } from './signup-schema.js';

/**
 * Recorded from GET /api/widget/v1/signups/schema?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole&locale=da
 * (with the default settings: 180 days, Aarhus Kommune). signup-form.test.ts checks that the fields and texts
 * here are still those of cms/src/api/signup/form/signup-form.json.
 */
export const schemaDa: SignupSchema = {
  "version": 1,
  "locale": "da",
  "honeypot": "hp_website",
  "minFillMs": 3000,
  "fields": {
    "name": {
      "type": "text",
      "required": true,
      "maxLength": 120,
      "autocomplete": "name"
    },
    "email": {
      "type": "email",
      "maxLength": 254,
      "autocomplete": "email"
    },
    "phone": {
      "type": "phone",
      "maxLength": 30,
      "minDigits": 8,
      "maxDigits": 15,
      "autocomplete": "tel"
    },
    "availability": {
      "type": "choice",
      "required": true,
      "options": [
        "episodic",
        "regular",
        "either"
      ]
    },
    "message": {
      "type": "text",
      "multiline": true,
      "maxLength": 1000
    },
    "consent": {
      "type": "accept",
      "required": true
    }
  },
  "atLeastOne": {
    "fields": [
      "email",
      "phone"
    ],
    "reportOn": "email"
  },
  "texts": {
    "name.label": "Dit navn",
    "name.required": "Skriv dit navn.",
    "name.tooLong": "Dit navn må højst være {max} tegn langt.",
    "name.noLetters": "Skriv dit navn med bogstaver.",
    "name.badCharacters": "Dit navn indeholder tegn, vi ikke kan bruge. Skriv det med almindelige bogstaver.",
    "email.label": "E-mail",
    "email.hint": "Så koordinatoren kan skrive til dig.",
    "email.invalid": "Skriv en e-mailadresse som navn@eksempel.dk.",
    "email.tooLong": "E-mailadressen må højst være {max} tegn lang.",
    "phone.label": "Telefonnummer",
    "phone.hint": "Fx 12 34 56 78. Udfyld e-mail, telefon eller begge.",
    "phone.invalid": "Skriv et telefonnummer med 8 til 15 cifre, fx 12 34 56 78 eller +45 12 34 56 78.",
    "phone.tooLong": "Telefonnummeret må højst være {max} tegn langt.",
    "contact.required": "Skriv din e-mail eller dit telefonnummer, så vi kan kontakte dig.",
    "availability.label": "Hvornår kan du hjælpe?",
    "availability.required": "Vælg hvornår du kan hjælpe.",
    "availability.episodic": "En gang imellem, fx til et arrangement",
    "availability.regular": "Fast, fx hver uge",
    "availability.either": "Begge dele passer mig",
    "message.label": "Besked (frivilligt)",
    "message.hint": "Fx hvad du gerne vil, og hvilke dage der passer dig.",
    "message.tooLong": "Din besked må højst være {max} tegn. Den er {length} tegn nu.",
    "message.badCharacters": "Din besked indeholder tegn, vi ikke kan bruge. Fjern dem, og prøv igen.",
    "consent.label": "Jeg har læst teksten ovenfor, og I må sende mine oplysninger videre som beskrevet.",
    "consent.required": "Sæt kryds for at sige ja til, at vi må sende dine oplysninger videre. Ellers kan vi ikke tage imod din tilmelding.",
    "consent.heading": "Hvem får dine oplysninger?",
    "consent.text": "Dine oplysninger sendes til {recipient}, som kontakter dig om frivilligt arbejde. De bruges ikke til andet. {controller} gemmer dem i {days} dage og sletter dem så automatisk. Vil du have dem slettet før, så skriv til {contact}.",
    "consent.outdated": "Teksten om dine oplysninger er blevet ændret. Genindlæs siden, læs den nye tekst, og send igen.",
    "type": "Feltet \"{field}\" har en forkert type. Genindlæs siden, og prøv igen.",
    "unknown": "Feltet \"{field}\" hører ikke til formularen. Send kun formularens felter.",
    "target.required": "Formularen mangler en kampagne eller en opgave. Sæt attributten campaign eller opportunity.",
    "target.both": "Send enten en kampagne eller en opgave, ikke begge.",
    "target.slug": "\"{field}\" skal være en slug med små bogstaver, tal og bindestreger.",
    "campaign.notFound": "Kampagnen \"{slug}\" findes ikke eller er ikke offentliggjort.",
    "campaign.noSignup": "Kampagnen \"{slug}\" tager ikke imod tilmeldinger her. Brug kampagnens eget link.",
    "campaign.ended": "Kampagnen \"{slug}\" er slut og tager ikke imod flere tilmeldinger.",
    "opportunity.notFound": "Opgaven \"{slug}\" findes ikke eller er ikke offentliggjort.",
    "opportunity.ended": "Opgaven \"{slug}\" er slut og tager ikke imod flere tilmeldinger.",
    "organisation.notFound": "Organisationen \"{slug}\" findes ikke.",
    "organisation.notInCampaign": "\"{slug}\" er ikke med i kampagnen. Brug en af kampagnens organisationer.",
    "organisation.notOpportunity": "Opgaven hører til en anden organisation end \"{slug}\".",
    "locale.invalid": "Sproget skal være da eller en.",
    "sourceOrigin.invalid": "sourceOrigin skal være en webadresses oprindelse, fx https://skole.example.dk.",
    "elapsedMs.invalid": "elapsedMs skal være antallet af millisekunder, formularen har været vist.",
    "elapsedMs.tooFast": "Formularen blev sendt meget hurtigt. Vent et øjeblik, og send igen.",
    "body.invalid": "Send tilmeldingen som et JSON-objekt.",
    "body.tooLarge": "Tilmeldingen er for stor. Gør beskeden kortere."
  },
  "consent": {
    "version": "2026-05.33d50802",
    "text": "Dine oplysninger sendes til Tranbjerg Skole, som kontakter dig om frivilligt arbejde. De bruges ikke til andet. Aarhus Kommune gemmer dem i 180 dage og sletter dem så automatisk. Vil du have dem slettet før, så skriv til frivillig@samskab.example.dk."
  },
  "target": {
    "campaign": {
      "slug": "frivillig-for-fremtiden",
      "title": "Bliv frivillig for fremtiden – for børn og unge i Aarhus"
    },
    "opportunity": null,
    "organisation": {
      "slug": "tranbjerg-skole",
      "name": "Tranbjerg Skole"
    },
    "recipient": "Tranbjerg Skole"
  }
};

/** Recorded from GET /api/widget/v1/signups/schema?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole&locale=en */
export const schemaEn: SignupSchema = {
  "version": 1,
  "locale": "en",
  "honeypot": "hp_website",
  "minFillMs": 3000,
  "fields": {
    "name": {
      "type": "text",
      "required": true,
      "maxLength": 120,
      "autocomplete": "name"
    },
    "email": {
      "type": "email",
      "maxLength": 254,
      "autocomplete": "email"
    },
    "phone": {
      "type": "phone",
      "maxLength": 30,
      "minDigits": 8,
      "maxDigits": 15,
      "autocomplete": "tel"
    },
    "availability": {
      "type": "choice",
      "required": true,
      "options": [
        "episodic",
        "regular",
        "either"
      ]
    },
    "message": {
      "type": "text",
      "multiline": true,
      "maxLength": 1000
    },
    "consent": {
      "type": "accept",
      "required": true
    }
  },
  "atLeastOne": {
    "fields": [
      "email",
      "phone"
    ],
    "reportOn": "email"
  },
  "texts": {
    "name.label": "Your name",
    "name.required": "Enter your name.",
    "name.tooLong": "Your name must be {max} characters or fewer.",
    "name.noLetters": "Enter your name using letters.",
    "name.badCharacters": "Your name contains characters we cannot use. Write it with ordinary letters.",
    "email.label": "Email",
    "email.hint": "So the coordinator can write to you.",
    "email.invalid": "Enter an email address like name@example.com.",
    "email.tooLong": "The email address must be {max} characters or fewer.",
    "phone.label": "Phone number",
    "phone.hint": "For example 12 34 56 78. Fill in email, phone or both.",
    "phone.invalid": "Enter a phone number with 8 to 15 digits, like 12 34 56 78 or +45 12 34 56 78.",
    "phone.tooLong": "The phone number must be {max} characters or fewer.",
    "contact.required": "Enter your email or your phone number so that we can contact you.",
    "availability.label": "When can you help?",
    "availability.required": "Choose when you can help.",
    "availability.episodic": "Now and then, for example at an event",
    "availability.regular": "Regularly, for example every week",
    "availability.either": "Either suits me",
    "message.label": "Message (optional)",
    "message.hint": "For example what you would like to do and which days suit you.",
    "message.tooLong": "Your message must be {max} characters or fewer. It is {length} characters now.",
    "message.badCharacters": "Your message contains characters we cannot use. Remove them and try again.",
    "consent.label": "I have read the text above, and you may pass on my details as it says.",
    "consent.required": "Tick the box to agree that we may pass on your details. Otherwise we cannot take your sign-up.",
    "consent.heading": "Who gets your details?",
    "consent.text": "Your details are sent to {recipient}, who will contact you about volunteering. They are used for nothing else. {controller} keeps them for {days} days and then deletes them automatically. To have them deleted sooner, write to {contact}.",
    "consent.outdated": "The text about your details has changed. Reload the page, read the new text and send again.",
    "type": "The field \"{field}\" has the wrong type. Reload the page and try again.",
    "unknown": "The field \"{field}\" is not part of the form. Send only the form's fields.",
    "target.required": "The form has no campaign or task. Set the campaign or opportunity attribute.",
    "target.both": "Send either a campaign or a task, not both.",
    "target.slug": "\"{field}\" must be a slug of lower-case letters, digits and hyphens.",
    "campaign.notFound": "The campaign \"{slug}\" does not exist or is not published.",
    "campaign.noSignup": "The campaign \"{slug}\" does not take sign-ups here. Use the campaign's own link.",
    "campaign.ended": "The campaign \"{slug}\" has ended and takes no more sign-ups.",
    "opportunity.notFound": "The task \"{slug}\" does not exist or is not published.",
    "opportunity.ended": "The task \"{slug}\" has ended and takes no more sign-ups.",
    "organisation.notFound": "The organisation \"{slug}\" does not exist.",
    "organisation.notInCampaign": "\"{slug}\" does not take part in the campaign. Use one of the campaign's organisations.",
    "organisation.notOpportunity": "The task belongs to another organisation than \"{slug}\".",
    "locale.invalid": "The language must be da or en.",
    "sourceOrigin.invalid": "sourceOrigin must be the origin of a web address, like https://school.example.dk.",
    "elapsedMs.invalid": "elapsedMs must be the number of milliseconds the form has been shown.",
    "elapsedMs.tooFast": "The form was sent very quickly. Wait a moment and send it again.",
    "body.invalid": "Send the sign-up as a JSON object.",
    "body.tooLarge": "The sign-up is too large. Make the message shorter."
  },
  "consent": {
    "version": "2026-05.33d50802",
    "text": "Your details are sent to Tranbjerg Skole, who will contact you about volunteering. They are used for nothing else. Aarhus Kommune keeps them for 180 days and then deletes them automatically. To have them deleted sooner, write to frivillig@samskab.example.dk."
  },
  "target": {
    "campaign": {
      "slug": "frivillig-for-fremtiden",
      "title": "Volunteer for the future – for children and young people in Aarhus"
    },
    "opportunity": null,
    "organisation": {
      "slug": "tranbjerg-skole",
      "name": "Tranbjerg Skole"
    },
    "recipient": "Tranbjerg Skole"
  }
};

/** Recorded from GET /api/widget/v1/signups/schema?opportunity=baal-i-skoven-stavtrup&locale=da */
export const schemaTask: SignupSchema = {
  "version": 1,
  "locale": "da",
  "honeypot": "hp_website",
  "minFillMs": 3000,
  "fields": {
    "name": {
      "type": "text",
      "required": true,
      "maxLength": 120,
      "autocomplete": "name"
    },
    "email": {
      "type": "email",
      "maxLength": 254,
      "autocomplete": "email"
    },
    "phone": {
      "type": "phone",
      "maxLength": 30,
      "minDigits": 8,
      "maxDigits": 15,
      "autocomplete": "tel"
    },
    "availability": {
      "type": "choice",
      "required": true,
      "options": [
        "episodic",
        "regular",
        "either"
      ]
    },
    "message": {
      "type": "text",
      "multiline": true,
      "maxLength": 1000
    },
    "consent": {
      "type": "accept",
      "required": true
    }
  },
  "atLeastOne": {
    "fields": [
      "email",
      "phone"
    ],
    "reportOn": "email"
  },
  "texts": {
    "name.label": "Dit navn",
    "name.required": "Skriv dit navn.",
    "name.tooLong": "Dit navn må højst være {max} tegn langt.",
    "name.noLetters": "Skriv dit navn med bogstaver.",
    "name.badCharacters": "Dit navn indeholder tegn, vi ikke kan bruge. Skriv det med almindelige bogstaver.",
    "email.label": "E-mail",
    "email.hint": "Så koordinatoren kan skrive til dig.",
    "email.invalid": "Skriv en e-mailadresse som navn@eksempel.dk.",
    "email.tooLong": "E-mailadressen må højst være {max} tegn lang.",
    "phone.label": "Telefonnummer",
    "phone.hint": "Fx 12 34 56 78. Udfyld e-mail, telefon eller begge.",
    "phone.invalid": "Skriv et telefonnummer med 8 til 15 cifre, fx 12 34 56 78 eller +45 12 34 56 78.",
    "phone.tooLong": "Telefonnummeret må højst være {max} tegn langt.",
    "contact.required": "Skriv din e-mail eller dit telefonnummer, så vi kan kontakte dig.",
    "availability.label": "Hvornår kan du hjælpe?",
    "availability.required": "Vælg hvornår du kan hjælpe.",
    "availability.episodic": "En gang imellem, fx til et arrangement",
    "availability.regular": "Fast, fx hver uge",
    "availability.either": "Begge dele passer mig",
    "message.label": "Besked (frivilligt)",
    "message.hint": "Fx hvad du gerne vil, og hvilke dage der passer dig.",
    "message.tooLong": "Din besked må højst være {max} tegn. Den er {length} tegn nu.",
    "message.badCharacters": "Din besked indeholder tegn, vi ikke kan bruge. Fjern dem, og prøv igen.",
    "consent.label": "Jeg har læst teksten ovenfor, og I må sende mine oplysninger videre som beskrevet.",
    "consent.required": "Sæt kryds for at sige ja til, at vi må sende dine oplysninger videre. Ellers kan vi ikke tage imod din tilmelding.",
    "consent.heading": "Hvem får dine oplysninger?",
    "consent.text": "Dine oplysninger sendes til {recipient}, som kontakter dig om frivilligt arbejde. De bruges ikke til andet. {controller} gemmer dem i {days} dage og sletter dem så automatisk. Vil du have dem slettet før, så skriv til {contact}.",
    "consent.outdated": "Teksten om dine oplysninger er blevet ændret. Genindlæs siden, læs den nye tekst, og send igen.",
    "type": "Feltet \"{field}\" har en forkert type. Genindlæs siden, og prøv igen.",
    "unknown": "Feltet \"{field}\" hører ikke til formularen. Send kun formularens felter.",
    "target.required": "Formularen mangler en kampagne eller en opgave. Sæt attributten campaign eller opportunity.",
    "target.both": "Send enten en kampagne eller en opgave, ikke begge.",
    "target.slug": "\"{field}\" skal være en slug med små bogstaver, tal og bindestreger.",
    "campaign.notFound": "Kampagnen \"{slug}\" findes ikke eller er ikke offentliggjort.",
    "campaign.noSignup": "Kampagnen \"{slug}\" tager ikke imod tilmeldinger her. Brug kampagnens eget link.",
    "campaign.ended": "Kampagnen \"{slug}\" er slut og tager ikke imod flere tilmeldinger.",
    "opportunity.notFound": "Opgaven \"{slug}\" findes ikke eller er ikke offentliggjort.",
    "opportunity.ended": "Opgaven \"{slug}\" er slut og tager ikke imod flere tilmeldinger.",
    "organisation.notFound": "Organisationen \"{slug}\" findes ikke.",
    "organisation.notInCampaign": "\"{slug}\" er ikke med i kampagnen. Brug en af kampagnens organisationer.",
    "organisation.notOpportunity": "Opgaven hører til en anden organisation end \"{slug}\".",
    "locale.invalid": "Sproget skal være da eller en.",
    "sourceOrigin.invalid": "sourceOrigin skal være en webadresses oprindelse, fx https://skole.example.dk.",
    "elapsedMs.invalid": "elapsedMs skal være antallet af millisekunder, formularen har været vist.",
    "elapsedMs.tooFast": "Formularen blev sendt meget hurtigt. Vent et øjeblik, og send igen.",
    "body.invalid": "Send tilmeldingen som et JSON-objekt.",
    "body.tooLarge": "Tilmeldingen er for stor. Gør beskeden kortere."
  },
  "consent": {
    "version": "2026-05.33d50802",
    "text": "Dine oplysninger sendes til Stavtrup Dagtilbud, som kontakter dig om frivilligt arbejde. De bruges ikke til andet. Aarhus Kommune gemmer dem i 180 dage og sletter dem så automatisk. Vil du have dem slettet før, så skriv til frivillig@samskab.example.dk."
  },
  "target": {
    "campaign": null,
    "opportunity": {
      "slug": "baal-i-skoven-stavtrup",
      "title": "Tænd bål med børnehavebørn i Stavtrup"
    },
    "organisation": {
      "slug": "stavtrup-dagtilbud",
      "name": "Stavtrup Dagtilbud"
    },
    "recipient": "Stavtrup Dagtilbud"
  }
};

const fallback = html`<p>
  <a href="https://cms.example.dk/embed/signup-form?campaign=frivillig-for-fremtiden&amp;organisation=tranbjerg-skole">Meld dig som frivillig</a>
</p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-signup-form',
  title: 'Sign-up form',
  examples: [
    {
      name: 'Campaign',
      description: 'Sign-up for a campaign on a school page: the consent text names the school as the one who gets the details.',
      attributes: { campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole' },
      responses: { '/signups/schema': { body: schemaDa } },
      fallback,
    },
    {
      name: 'Task',
      description: 'Sign-up for one task from the task bank; it goes to the task’s organisation.',
      attributes: { opportunity: 'baal-i-skoven-stavtrup', 'heading-level': '3' },
      responses: { '/signups/schema': { body: schemaTask } },
    },
    {
      name: 'English',
      description: 'The same form in English, from `lang="en"`.',
      attributes: { campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole', lang: 'en' },
      responses: { '/signups/schema': { body: schemaEn } },
    },
    {
      name: 'API unavailable',
      description: 'The API answers 503: the fallback link to the sign-up page stays.',
      attributes: { campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole' },
      responses: {
        '/signups/schema': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } },
      },
      fallback,
    },
  ],
};
