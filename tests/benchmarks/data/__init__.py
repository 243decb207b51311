"""Table families of the generated full-programme data set, one module each."""
