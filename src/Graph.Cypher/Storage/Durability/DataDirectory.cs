using System.Globalization;
using System.Runtime.InteropServices;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// File layout of a data directory: <c>lock</c>, <c>snapshot-N.snap</c> (state after log record N),
/// <c>wal-N.log</c> (log segment whose first record is N), <c>log-head</c> (the first record of the
/// newest segment, so a deleted last segment is noticed), and <c>*.tmp</c> files that never finished.
/// Numbers are zero-padded so names sort in log order.
/// </summary>
internal static class DataDirectory
{
    public const string LockFileName = "lock";
    public const string HeadFileName = "log-head";
    private const string SnapshotPrefix = "snapshot-";
    private const string SnapshotSuffix = ".snap";
    private const string SegmentPrefix = "wal-";
    private const string SegmentSuffix = ".log";

    public static string SnapshotPath(string directory, long lsn) => Path.Combine(directory, SnapshotPrefix + Number(lsn) + SnapshotSuffix);

    public static string SegmentPath(string directory, long firstLsn) => Path.Combine(directory, SegmentName(firstLsn));

    /// <summary>Snapshots as (lsn, path), oldest first.</summary>
    public static List<(long Lsn, string Path)> Snapshots(string directory) => List(directory, SnapshotPrefix, SnapshotSuffix);

    /// <summary>Log segments as (first lsn, path), in log order.</summary>
    public static List<(long Lsn, string Path)> Segments(string directory) => List(directory, SegmentPrefix, SegmentSuffix);

    /// <summary>The first lsn of the newest segment as last recorded, or null (a new directory, or one written before log-head existed).</summary>
    public static long? ReadHead(string directory)
    {
        var path = Path.Combine(directory, HeadFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var lsn)
            ? lsn
            : throw DurabilityErrors.Corrupt(path, $"expected the first record number of the newest log segment, found '{(text.Length > 40 ? text[..40] + "…" : text)}'.");
    }

    /// <summary>Records the newest segment; written after the segment itself exists, so a crash in between leaves an older, still present, head.</summary>
    public static void WriteHead(string directory, long firstLsn) =>
        WriteAtomically(Path.Combine(directory, HeadFileName), stream => stream.Write(System.Text.Encoding.ASCII.GetBytes(firstLsn.ToString(CultureInfo.InvariantCulture) + "\n")));

    public static string SegmentName(long firstLsn) => SegmentPrefix + Number(firstLsn) + SegmentSuffix;

    public static void DeleteTemporaryFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.tmp"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Holds the directory for this process: the lock is released when the stream closes (or the process dies).</summary>
    public static FileStream Lock(string directory)
    {
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix, so a second opener fails.
            return new FileStream(Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (FileErrors.IsLockConflict(e))
        {
            throw DurabilityErrors.Locked(directory, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or permission-denied directory is not "locked by another process": say what it is.
            throw DurabilityErrors.Unwritable(directory, e);
        }
    }

    /// <summary>Writes a whole file under a temporary name, fsyncs it, renames it into place and fsyncs the directory.</summary>
    public static void WriteAtomically(string path, Action<FileStream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        SyncDirectory(Path.GetDirectoryName(path)!);
    }

    /// <summary>Makes created, renamed and deleted names durable (POSIX needs an fsync of the directory itself).</summary>
    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var path = System.Text.Encoding.UTF8.GetBytes(directory + "\0");
        var fd = Open(path, 0);
        if (fd < 0)
        {
            return;
        }

        _ = Fsync(fd);
        _ = Close(fd);
    }

    private static string Number(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    private static List<(long Lsn, string Path)> List(string directory, string prefix, string suffix)
    {
        var result = new List<(long, string)>();
        foreach (var file in Directory.EnumerateFiles(directory, prefix + "*" + suffix))
        {
            var name = Path.GetFileName(file);
            var digits = name[prefix.Length..^suffix.Length];
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var lsn))
            {
                result.Add((lsn, file));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    // Plain DllImport (blittable arguments) so the project needs no unsafe code for the generator.
    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
