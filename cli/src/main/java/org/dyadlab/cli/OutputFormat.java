package org.dyadlab.cli;

/** How a listing is printed: an aligned table for people, CSV or JSON for programs. */
enum OutputFormat { table, csv, json }
