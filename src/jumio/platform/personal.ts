// The Jumio Platform callback's fields that hold personal data, for redaction. Jumio sends none; your
// own user reference may identify a person.
export const jumioPlatformPersonalFields = ['userReference'] as const;
