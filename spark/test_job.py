"""The partition logic of dealsift_job.py without Spark: a dealsift that dies on one file costs
only that file, which is reported; a dealsift that cannot run fails the task; the driver lists a
folder as dealsift does. Run: python3 -m unittest discover -s spark -p 'test_*.py'"""

import json
import os
import stat
import tempfile
import unittest

import dealsift_job as job

# Stands for `dealsift --stdin-paths --emit mentions-jsonl`: a file line for each path, and a
# crash (SIGSEGV) at a path with "poison" in it, after the lines already written.
FAKE = """#!/bin/sh
[ "$EXIT2" = 1 ] && { echo "dealsift: bad arguments" >&2; exit 2; }
while IFS= read -r p; do
    case "$p" in *poison*) kill -SEGV $$ ;; esac
    printf '{"record":"file","file":"%s","path":"%s","articles":1,"mentions":0,"bytes":1}\\n' \
        "$(basename "$p")" "$p"
done
"""


class PartitionTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.fake = os.path.join(self.dir.name, "dealsift")
        with open(self.fake, "w") as f:
            f.write(FAKE)
        os.chmod(self.fake, stat.S_IRWXU)

    def tearDown(self):
        os.environ.pop("EXIT2", None)
        self.dir.cleanup()

    def test_a_crash_costs_only_its_file(self):
        paths = ["/d/a.txt", "/d/sub/poison.txt", "/d/b.txt"]
        lines = [json.loads(l) for l in job.map_partition(paths, self.fake, "/d", [])]
        self.assertEqual([l["path"] for l in lines], paths)
        self.assertEqual([l["record"] for l in lines], ["file", "error", "file"])
        self.assertEqual(lines[1]["file"], "sub/poison.txt")
        self.assertIn("exited with -11", lines[1]["reason"])

    def test_a_dealsift_that_cannot_run_fails_the_task(self):
        os.environ["EXIT2"] = "1"
        with self.assertRaises(RuntimeError):
            job.map_partition(["/d/a.txt"], self.fake, "/d", [])

    def test_an_empty_partition_runs_nothing(self):
        self.assertEqual(job.map_partition(iter([]), "/nonexistent/dealsift", None, []), [])

    def test_folders_are_listed_as_dealsift_lists_them(self):
        root = self.dir.name
        for rel in ["a/x.txt", "a.txt", ".hidden.txt", ".git/y.txt", "b/.z.txt"]:
            path = os.path.join(root, "in", rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()
        os.symlink(os.path.join(root, "in", "a"), os.path.join(root, "in", "link"))
        got = [os.path.relpath(p, os.path.join(root, "in")) for p in job.list_articles(os.path.join(root, "in"))]
        self.assertEqual(sorted(got), ["a.txt", "a/x.txt"])

    def test_article_ids(self):
        self.assertEqual(job.article_id("/d/a/b.txt", "/d"), "a/b.txt")
        self.assertEqual(job.article_id("/d/a/b.txt", "/d/"), "a/b.txt")
        self.assertEqual(job.article_id("/d/a/b.txt", None), "b.txt")
        self.assertEqual(job.local_path("file:///d/x"), "/d/x")
        self.assertIsNone(job.local_path("hdfs:///d/x"))


if __name__ == "__main__":
    unittest.main()
