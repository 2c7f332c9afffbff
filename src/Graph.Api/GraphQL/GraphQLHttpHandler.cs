using System.Text;
using Graph.Api.Auth;
using Graph.Api.Configuration;
using Graph.Api.Ui;
using Graph.GraphQL;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP specification: negotiate the response media type, read
/// the request (GET or POST), run it, and pick the status code the spec gives for that media type.
/// </summary>
internal sealed class GraphQLHttpHandler(IOptions<GraphQLHttpOptions> options, GraphiQLPage graphiql)
{
    private static readonly TimeSpan HostGrace = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var accept = request.Headers.Accept;

        // A browser navigating to /graphql gets the IDE, not a GraphQL response.
        if (isGet && GraphQLMediaTypes.WantsHtml(accept) && !request.Query.ContainsKey("query"))
        {
            await graphiql.WriteAsync(context);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await GraphQLErrorBody.WriteAsync(
                context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, "NOT_ACCEPTABLE",
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        var (graphQLRequest, error) = isGet
            ? GraphQLHttpRequestReader.ReadGet(request, limit)
            : await GraphQLHttpRequestReader.ReadPostAsync(request, limit, context.RequestAborted);
        if (error is not null)
        {
            await GraphQLErrorBody.WriteAsync(context, error.Status, mediaType, error.Code, error.Message);
            return;
        }

        var service = context.RequestServices.GetRequiredService<IKnowledgeGraphQL>();

        // The GraphQL layer enforces Graph:GraphQL:ExecutionTimeout itself and answers with a GraphQL
        // error; the host only steps in, a little later, if that answer never comes.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.Value.ExecutionTimeout + HostGrace);
        GraphQLResult result;
        try
        {
            result = await service.ExecuteAsync(graphQLRequest! with { Caller = context.Caller() }, timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await GraphQLErrorBody.WriteAsync(
                context, StatusCodes.Status504GatewayTimeout, mediaType, "TIMEOUT",
                $"The request did not finish within {options.Value.ExecutionTimeout} (Graph:GraphQL:ExecutionTimeout).");
            return;
        }

        await WriteResultAsync(context, result, mediaType);
    }

    private static async Task WriteResultAsync(HttpContext context, GraphQLResult result, string mediaType)
    {
        if (result.Outcome == GraphQLOutcome.MutationNotAllowed)
        {
            // The spec: a mutation over GET is answered 405, whatever the media type.
            context.Response.Headers.Allow = "POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else if (!GraphQLRefusalStatus.TryApply(context, result.Outcome, mediaType))
        {
            // With application/json every well-formed request is 200; with the GraphQL response type a
            // request error (no data) is 400.
            context.Response.StatusCode = result.Outcome == GraphQLOutcome.RequestError && mediaType == GraphQLMediaTypes.GraphQLResponse
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
        }
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(result.Json), context.RequestAborted);
    }
}
