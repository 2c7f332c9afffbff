namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Reads the operating system's reason out of a file-system exception: .NET on Unix carries the errno
/// in <see cref="Exception.HResult"/>, and turns EACCES/EPERM into <see cref="UnauthorizedAccessException"/>.
/// </summary>
internal static class FileErrors
{
    private const int EWouldBlockLinux = 11;
    private const int EWouldBlockMac = 35;
    private const int ENoSpace = 28;
    private const int EReadOnlyFileSystem = 30;
    private const int ENotDirectory = 20;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>True when another process holds the lock (flock would block, or a Windows sharing violation).</summary>
    public static bool IsLockConflict(IOException e) =>
        e.HResult is WindowsSharingViolation or WindowsLockViolation
        || (e.HResult is EWouldBlockLinux && OperatingSystem.IsLinux())
        || (e.HResult is EWouldBlockMac && OperatingSystem.IsMacOS());

    public static bool IsDiskFull(Exception e) => e is IOException { HResult: ENoSpace or WindowsDiskFull };

    /// <summary>The file system refused a write (permissions, read-only mount, full disk), as opposed to failing a read.</summary>
    public static bool RefusesWrites(Exception e) => e is UnauthorizedAccessException or IOException { HResult: EReadOnlyFileSystem } || IsDiskFull(e);

    /// <summary>A short reason for a user: "permission denied", "read-only file system", …, else the exception's message.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: EReadOnlyFileSystem } => "read-only file system",
        IOException { HResult: ENotDirectory } => "a part of the path is not a directory",
        _ when IsDiskFull(e) => "no space left on device",
        _ => e.Message.TrimEnd('.'),
    };
}
