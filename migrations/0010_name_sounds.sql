-- Search keys of names now carry the sound of each word (names::sound) rather than a bare
-- consonant skeleton; the keys themselves are recomputed by the program (Store::open), which
-- knows the rules, and the version of the rules used is kept in the settings.
ALTER TABLE name_word RENAME COLUMN skeleton TO sound;
