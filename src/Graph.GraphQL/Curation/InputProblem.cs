namespace Graph.GraphQL.Curation;

/// <summary>
/// Why a mutation's input is refused: <see cref="Field"/> is the path inside the root field's arguments
/// (<c>input[0].parties.connect[0].edge.evidence</c>). Each becomes one GraphQL error with code BAD_USER_INPUT.
/// </summary>
internal sealed record InputProblem(string Field, string Message);
