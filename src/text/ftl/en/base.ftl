# Reading, writing and watching for signals (text/base.rs).

input-folder = { $what } { $path } is a folder; give a file
input-open = cannot read { $what } { $path }: { $cause }
input-open-similar = cannot read { $what } { $path }: { $cause }; did you mean { $similar }?
input-read = cannot read { $what } { $path }
input-too-large = { $what } { $path } is larger than { $limit } MiB; pathfit reads files up to that size
input-not-utf8 = { $what } is not UTF-8 text; save it as UTF-8

store-no-data-folder = cannot find a home folder for saved sessions; set PATHFIT_DATA to a folder
store-create-folder = cannot create folder { $dir }
store-exists = { $path } already exists; pass --force to replace it or choose another file
store-write-in = cannot write in { $dir }
store-save = cannot save { $path }
store-create-file-in = cannot create a file in { $dir }
store-no-free-name = cannot find a free file name for { $name } in { $dir }
store-no-new-files = folder { $dir } does not take new files

lock-busy = { $path } is being answered by another pathfit right now
lock-open = cannot lock { $path }

target-no-folder = cannot write { $what } { $path }: folder { $dir } does not exist; create it or choose another path
target-is-folder = { $what } { $path } is a folder; give a file name
target-exists = { $what } { $path } already exists; pass --force to replace it or choose another file
target-is-link = { $what } { $path } is a symbolic link; pass --force to replace the link itself (never the file it names) or choose another file
target-is-dangling-link = { $what } { $path } is a symbolic link to nothing; pass --force to replace the link itself (never the file it names) or choose another file
target-not-a-file = { $what } { $path } is not a regular file (a pipe, socket or device); choose a file
target-not-yours = { $what } { $path } belongs to someone else in a folder where only they may replace it; choose another file
target-cannot-write = cannot write { $what } { $path }

signal-ctrl-c = cannot watch for Ctrl-C
signal-sigterm = cannot watch for SIGTERM

what-answer-file = answer file
what-survey-export = survey export
what-mapping-file = mapping file
what-rubric-file = rubric file
what-resume-file = file to resume
what-output-file = --output file
what-written-map = --write file
what-save-file = --save file
what-calendar-file = --calendar file
