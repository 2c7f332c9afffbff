using System.Diagnostics;

namespace Graph.TestSupport;

/// <summary>
/// Makes sure a Node tool of the repository (tools/cypher-lint, tests/compat/neo4j-graphql, the Bolt driver checks) has its
/// node_modules: runs <c>npm ci</c> once, under a machine-wide file lock so test projects running in
/// parallel do not install over each other.
/// </summary>
public static class NodeTooling
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    /// <param name="packages">The npm packages the tool needs; their presence means it is installed.</param>
    public static async Task EnsureInstalledAsync(string toolDirectory, IReadOnlyList<string> packages, CancellationToken cancellationToken)
    {
        if (IsInstalled(toolDirectory, packages)) return;
        await InProcess.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var fileLock = await AcquireFileLockAsync(Path.Combine(toolDirectory, ".npm-install.lock"), cancellationToken).ConfigureAwait(false);
            if (IsInstalled(toolDirectory, packages)) return; // another process installed while we waited
            await RunNpmCiAsync(toolDirectory, cancellationToken).ConfigureAwait(false);
            if (!IsInstalled(toolDirectory, packages))
            {
                throw new InvalidOperationException($"npm ci in '{toolDirectory}' finished but one of {string.Join(", ", packages)} is missing.");
            }
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static bool IsInstalled(string toolDirectory, IReadOnlyList<string> packages) =>
        packages.All(package => File.Exists(Path.Combine([toolDirectory, "node_modules", .. package.Split('/'), "package.json"])));

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunNpmCiAsync(string toolDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = toolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("npm is not installed: install Node.js 20+ and npm to run the tests that use Node tools.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in '{toolDirectory}' (exit {process.ExitCode}):\n{await output.ConfigureAwait(false)}\n{await errors.ConfigureAwait(false)}");
            }
        }
    }
}
