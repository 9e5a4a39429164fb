package fr.liseuse.cli;

/** Output formats of the commands. */
enum Format { text, markdown, json }
