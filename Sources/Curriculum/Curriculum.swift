// The Curriculum module. Its types arrive in the files beside this one.
