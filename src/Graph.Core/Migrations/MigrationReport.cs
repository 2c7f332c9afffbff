namespace Graph.Core.Migrations;

/// <summary>What one run of the migration runner did: scripts applied and scripts skipped as unchanged.</summary>
public sealed record MigrationReport(IReadOnlyList<string> Applied, IReadOnlyList<string> Skipped, int StatementsRun);
