package app.worthit.extension.sync;

import app.worthit.extension.personal.PersonalRecord;

/** One write to chrome.storage.local that a pull asks for: store the record, or remove the item when it is null. */
public record LocalWrite(String storageKey, PersonalRecord record) {}
