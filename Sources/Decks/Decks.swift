// The Decks module. Its types arrive in the files beside this one.
