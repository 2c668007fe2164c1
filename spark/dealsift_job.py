"""dealsift as the map step of a Spark job.

Takes a listing of article files (a folder that the driver lists, or a text file of paths, one a
line, on any file system Spark reads), spreads it over partitions, pipes each partition through
the dealsift binary (shipped to the executors with spark-submit --files) as
`dealsift --stdin-paths --emit mentions-jsonl`, writes the mention shards with saveAsTextFile, and
then runs `dealsift merge` on the driver, which writes mentions.csv, deals.csv and errors.csv
byte for byte as one `dealsift` run over the same files would.

The article files must be readable at the same path by every executor (a shared or network file
system, or the laptop's own disk in local mode); the shards may go anywhere Spark writes
(file://, hdfs://, s3a://).

Errors stay visible: a file that cannot be read is named by dealsift on the executor's stderr
(`dealsift: PATH: reason`, in the job's log), travels in the shard as an error line, is named
again by `dealsift merge` on the driver and lands in errors.csv, as in a local run (exit code 1).
If dealsift itself dies on a partition (killed, out of memory, crashed), the partition's files
are run again one by one, so a single bad file costs only its own rows: it is reported as
skipped with the reason. A lost executor is Spark's to handle: its tasks run again elsewhere,
and each partition's shard is committed whole or not at all, so no other partition's rows are
lost.

Usage (see README, "Spark"):

    spark-submit --master local[*] --files target/release/dealsift \\
        spark/dealsift_job.py --input /data/news --out out/
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import PurePosixPath

BINARY = "dealsift"


def list_articles(root):
    """The files under `root`, as dealsift's own walk lists them: hidden names left out,
    folders searched recursively, symlinks to files followed, symlinks to folders not."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not name.startswith(".") and os.path.isfile(path):
                found.append(path)
    return found


def local_path(uri):
    """`uri` as a local path when it is one (no scheme, or file:), else None."""
    if "://" not in uri and not uri.startswith("file:"):
        return uri
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return None


def article_id(path, root):
    """The name dealsift gives `path` in the article column (relative to `root`)."""
    if root is None:
        return PurePosixPath(path).name
    try:
        return str(PurePosixPath(path).relative_to(PurePosixPath(root)))
    except ValueError:
        return path


def find_binary(name):
    """The dealsift binary: the copy spark-submit --files shipped, else `name` as a path."""
    path = name
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.exists(shipped):
            path = shipped
    except Exception:  # not inside Spark (tests), or no SparkContext yet
        pass
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:
            pass
    return path


def run_dealsift(binary, paths, args):
    """Pipes `paths` through one dealsift process; its stderr goes to this process's stderr (the
    executor's log). Returns (exit code, stdout lines)."""
    proc = subprocess.run(
        [binary, "--stdin-paths", "--emit", "mentions-jsonl"] + args,
        input="".join(p + "\n" for p in paths).encode(),
        stdout=subprocess.PIPE,
        stderr=None,
        check=False,
    )
    # Split on line feeds only: JSON keeps U+2028 and friends raw, and they are no line ends.
    lines = proc.stdout.decode().split("\n")
    return proc.returncode, [line for line in lines if line]


def ended_files(lines):
    """The paths whose file or error line is among `lines`."""
    import json

    done = set()
    for line in lines:
        if '"record":"mention"' in line:
            continue
        rec = json.loads(line)
        if rec.get("record") in ("file", "error"):
            done.add(rec["path"])
    return done


def error_line(path, root, reason):
    import json

    return json.dumps(
        {"record": "error", "file": article_id(path, root), "path": path, "reason": reason},
        separators=(",", ":"),
        ensure_ascii=False,
    )


def map_partition(paths, binary, root, args):
    """The shard lines of the files `paths`: one dealsift process for them all, or, if it dies,
    one for each file, so that only a file dealsift cannot survive is lost (and reported)."""
    paths = list(paths)
    if not paths:
        return []
    code, lines = run_dealsift(binary, paths, args)
    if code == 2:
        raise RuntimeError("dealsift could not run (exit 2); its reason is in the executor log")
    if code in (0, 1) and set(paths) <= ended_files(lines):
        return lines
    print(
        f"dealsift_job: dealsift exited with {code} on a partition of {len(paths)} files; "
        "running them one by one",
        file=sys.stderr,
    )
    out = []
    for path in paths:
        code, lines = run_dealsift(binary, [path], args)
        if code in (0, 1) and path in ended_files(lines):
            out.extend(lines)
        else:
            reason = f"dealsift exited with {code} reading it"
            print(f"dealsift: {path}: {reason}", file=sys.stderr)
            out.append(error_line(path, root, reason))
    return out


def delete_path(sc, uri):
    """Removes `uri` (a folder of old shards) on whatever file system it is on."""
    jvm = sc._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    path.getFileSystem(sc._jsc.hadoopConfiguration()).delete(path, True)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--input", help="folder of articles, listed by the driver (also the --root)")
    src.add_argument("--listing", help="text file of article paths, one a line (any Spark URI)")
    p.add_argument("--root", help="folder the article column is relative to (default: --input)")
    p.add_argument("--out", required=True, help="local folder for mentions.csv, deals.csv, errors.csv")
    p.add_argument("--shards", help="where the mention shards go (default: OUT/shards)")
    p.add_argument("--partitions", type=int, help="partitions (default: 2 per core)")
    p.add_argument("--binary", default=BINARY, help="dealsift binary name (--files) or path")
    p.add_argument("--lang", help="language of every article, as dealsift --lang")
    p.add_argument(
        "merge_args",
        nargs="*",
        help="after --: options for dealsift merge (--excel-locale it, --xlsx, --no-bom, ...)",
    )
    return p.parse_args(argv)


def main(argv=None):
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("dealsift").getOrCreate()
    sc = spark.sparkContext
    # Executors do not share the driver's working folder: paths are made absolute.
    root = opts.root or opts.input
    root = os.path.abspath(root) if root else None
    out = os.path.abspath(opts.out)
    os.makedirs(out, exist_ok=True)
    shards = opts.shards or "file://" + os.path.join(out, "shards")
    partitions = opts.partitions or max(2, sc.defaultParallelism * 2)
    threads = sc.getConf().get("spark.task.cpus", "1")
    args = ["-j", threads]
    if root:
        args += ["--root", root]
    if opts.lang:
        args += ["--lang", opts.lang]

    if opts.input:
        paths = list_articles(os.path.abspath(opts.input))
        print(f"dealsift_job: {len(paths)} files under {opts.input}", file=sys.stderr)
        listing = sc.parallelize(paths, partitions)
    else:
        listing = sc.textFile(opts.listing).map(str.strip).filter(bool)
        listing = listing.map(lambda p: local_path(p) or p).repartition(partitions)

    binary = opts.binary
    delete_path(sc, shards)
    listing.mapPartitions(
        lambda part: map_partition(part, find_binary(binary), root, args)
    ).saveAsTextFile(shards)

    local = local_path(shards)
    tmp = None
    if local is None:
        # Shards on a cluster file system: bring them to the driver for the merge.
        tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
        with tmp:
            for line in sc.textFile(shards).toLocalIterator():
                tmp.write(line + "\n")
        local = tmp.name
    code = subprocess.run(
        [find_binary(binary), "merge", local, "--out", out] + opts.merge_args, check=False
    ).returncode
    if tmp is not None:
        os.unlink(tmp.name)
    spark.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
