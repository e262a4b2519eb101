package output

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/statusgen/statusgen/gen"
)

// A stage is a run's private directory beside the files it changes: it
// holds the new contents until they are renamed into place and a hard
// link (or copy) of every file replaced or removed until the run ends.
// Its name matches stageName and nothing a user would write; the
// ownership check never looks inside a directory, so nothing in a stage is
// ever taken for a generated file, and a run that finds a stage left by a
// killed run (while it holds the directory's lock) removes it.
type stage struct {
	dir, path string
	// keep is set when a restore failed and the stage holds the only copy
	// of a replaced file.
	keep bool
}

// lazyRegexp compiles expr on its first use: compiled at package
// initialization, the patterns would cost every statusgen run, and most
// runs find no stage.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// stageName is the name of a stage; stageFile, of the files in it.
var (
	stageName = lazyRegexp(`^\.statusgen-txn-[0-9a-f]{16}$`)
	stageFile = lazyRegexp(`^(new|old)-[0-9]+$`)
)

// commit makes every step, all or none. First, with nothing visible
// changed, it writes each new content into the stage and keeps a link to
// each file to replace or remove, which also proves the file can be
// replaced; then it renames the new files into place and removes the
// removed ones, in order. A failure at any point undoes the steps made so
// far, newest first, so every file is as it was.
func (j *job) commit(steps []*step) error {
	if len(steps) == 0 {
		return nil
	}
	stages := map[string]*stage{}
	defer func() {
		for _, st := range stages {
			j.dropStage(st)
		}
	}()
	if err := j.prepare(steps, stages); err != nil {
		return err
	}
	for k, s := range steps {
		var err error
		switch {
		case s.data == nil:
			err = j.fs.remove(s.path)
		case s.info == nil:
			if _, lerr := os.Lstat(s.path); !errors.Is(lerr, fs.ErrNotExist) {
				err = errors.New("a file appeared at this path while statusgen was running")
			} else {
				err = j.fs.rename(s.tmp, s.path)
			}
		default:
			err = j.fs.rename(s.tmp, s.path)
		}
		if err != nil {
			undo := j.rollback(steps[:k], stages)
			outcome := "no file was changed"
			if len(undo) > 0 {
				outcome = "undoing the earlier steps failed for the files below"
			}
			return append(gen.Diagnostics{s.errorf("cannot %s: %v; %s", s.verb(), unwrap(err), outcome)}, undo...)
		}
		if j.opt.AfterStep != nil {
			j.opt.AfterStep(k+1, len(steps))
		}
	}
	syncDirs(stages)
	return nil
}

// prepare writes the stages: nothing visible changes.
func (j *job) prepare(steps []*step, stages map[string]*stage) error {
	for i, s := range steps {
		dir := filepath.Dir(s.path)
		st := stages[dir]
		if st == nil {
			var err error
			if st, err = j.newStage(dir); err != nil {
				return s.errorf("cannot write in the directory: %v", unwrap(err))
			}
			stages[dir] = st
		}
		if s.data != nil {
			perm, exact := fs.FileMode(0o666), false
			if s.info != nil {
				perm, exact = s.info.Mode().Perm(), true
			}
			s.tmp = filepath.Join(st.path, fmt.Sprintf("new-%d", i))
			if err := j.fs.writeNew(s.tmp, s.data, perm, exact); err != nil {
				return s.errorf("writing: %v", unwrap(err))
			}
		}
		if s.info != nil {
			s.backup = filepath.Join(st.path, fmt.Sprintf("old-%d", i))
			if err := j.keep(s, dir); err != nil {
				return s.errorf("cannot %s: %v", s.verb(), err)
			}
		}
	}
	return nil
}

// keep checks that the file s replaces or removes can be, and keeps it in
// the stage: a hard link where the disk has them, else a copy.
func (j *job) keep(s *step, dir string) error {
	f, fi, err := openRegular(s.path, false)
	if err != nil {
		return unwrap(err)
	}
	defer f.Close()
	if !os.SameFile(fi, s.info) {
		return errors.New("the file changed while statusgen was running")
	}
	if why := pinned(f); why != "" {
		return errors.New(why)
	}
	if di, err := os.Stat(dir); err == nil {
		if why := stickyDenied(di, fi); why != "" {
			return errors.New(why)
		}
	}
	if err := j.fs.link(s.path, s.backup); err == nil {
		return nil
	}
	data := s.old
	if s.data == nil {
		if data, err = os.ReadFile(s.path); err != nil {
			return unwrap(err)
		}
	}
	return unwrap(j.fs.writeNew(s.backup, data, fi.Mode().Perm(), true))
}

// rollback undoes done, newest first. It returns the restores that
// failed, each naming where the file's earlier content is kept.
func (j *job) rollback(done []*step, stages map[string]*stage) gen.Diagnostics {
	var errs gen.Diagnostics
	for k := len(done) - 1; k >= 0; k-- {
		s := done[k]
		var err error
		if s.info != nil {
			err = j.fs.rename(s.backup, s.path)
		} else {
			err = j.fs.remove(s.path)
		}
		if err == nil {
			continue
		}
		if s.info == nil {
			errs = append(errs, s.errorf("undoing its creation: %v; the file is statusgen's new one", unwrap(err)))
			continue
		}
		stages[filepath.Dir(s.path)].keep = true
		errs = append(errs, s.errorf("restoring it: %v; its earlier content is kept in %s", unwrap(err), s.backup))
	}
	return errs
}

// newStage creates a stage in dir.
func (j *job) newStage(dir string) (*stage, error) {
	for {
		p := filepath.Join(dir, fmt.Sprintf(".statusgen-txn-%016x", rand.Uint64()))
		err := j.fs.mkdir(p, 0o700)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return &stage{dir: dir, path: p}, nil
	}
}

// dropStage removes a stage and the files in it, unless it must be kept; a
// stage that cannot be removed is reported and left for the next run.
func (j *job) dropStage(st *stage) {
	if st.keep {
		return
	}
	if err := j.removeStage(st.path); err != nil {
		j.logf("%s: %v (the next statusgen run in this directory removes it)\n", st.path, err)
	}
}

// removeStage removes a stage directory: its files, then itself. Anything
// in it that a stage does not hold is left, and the stage with it.
func (j *job) removeStage(p string) error {
	entries, err := os.ReadDir(p)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, e := range entries {
		if !stageFile().MatchString(e.Name()) || e.IsDir() {
			return fmt.Errorf("not removed: it holds %s, which statusgen did not put there", e.Name())
		}
		if err := j.fs.remove(filepath.Join(p, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := j.fs.remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// syncDirs flushes the directories' entries, so that the renames survive a
// power loss once the run has returned; disks that cannot are left be.
func syncDirs(stages map[string]*stage) {
	for dir := range stages {
		if f, err := os.Open(dir); err == nil {
			f.Sync()
			f.Close()
		}
	}
}

// verb says what the step does to its file.
func (s *step) verb() string {
	switch {
	case s.data == nil:
		return "remove"
	case s.info == nil:
		return "create"
	}
	return "replace"
}

// unwrap drops the *PathError wrapper, whose path (often a stage's) the
// message names already.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
