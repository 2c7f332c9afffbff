using System.Runtime.CompilerServices;
using Graph.Core.Errors;

namespace Graph.Cypher.Values;

/// <summary>
/// Guards the recursive walks over nested lists and maps (equality, ordering, hashing, text): a value
/// nested deeply enough to exhaust the stack ends the statement with an error instead of the process.
/// </summary>
internal static class StackGuard
{
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphException(ErrorCodes.ArgumentError, "The value is nested too deeply to be processed");
        }
    }
}
