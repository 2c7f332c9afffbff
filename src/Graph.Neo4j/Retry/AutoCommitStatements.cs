using System.Text.RegularExpressions;

namespace Graph.Neo4j.Retry;

/// <summary>
/// Statements Neo4j runs only as auto-commit transactions: <c>CALL { … } IN TRANSACTIONS</c> commits
/// in batches of its own and is refused inside an explicit transaction.
/// </summary>
internal static partial class AutoCommitStatements
{
    public static bool Requires(string statement) => InTransactions().IsMatch(statement);

    [GeneratedRegex(@"\bIN\s+(?:(?:\d+|\$\w+)\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InTransactions();
}
