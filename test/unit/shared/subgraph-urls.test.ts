import { loadConfig, parseSubgraphUrls } from '../../../src/shared/config';

describe('TANDEM_SUBGRAPHS', () => {
  it('should read any subset of the three subgraphs, the rest staying in process', () => {
    expect(loadConfig({}).remoteSubgraphs).toEqual({});
    expect(parseSubgraphUrls('erp=http://127.0.0.1:4001/graphql, sync=https://sync.internal/graphql')).toEqual({
      erp: 'http://127.0.0.1:4001/graphql',
      sync: 'https://sync.internal/graphql',
    });
  });

  it('should refuse an unknown subgraph, a repeated one and a bad URL, naming the entry', () => {
    expect(() => parseSubgraphUrls('billing=http://127.0.0.1:4001/graphql')).toThrow(
      'TANDEM_SUBGRAPHS entry 1 of 1: "billing" is not a subgraph; write NAME=URL with NAME one of erp, crm, sync',
    );
    expect(() => parseSubgraphUrls('erp=http://a/graphql,erp=http://b/graphql')).toThrow('TANDEM_SUBGRAPHS entry 2 of 2 names the erp subgraph a second time');
    expect(() => parseSubgraphUrls('crm=127.0.0.1:4002')).toThrow("TANDEM_SUBGRAPHS entry 1 of 1: the crm subgraph's URL is not an http(s) URL");
    expect(() => parseSubgraphUrls('crm')).toThrow("the crm subgraph's URL is not an http(s) URL");
    expect(() => loadConfig({ TANDEM_SUBGRAPHS: 'sync=ftp://x/graphql' })).toThrow(/sync subgraph's URL/);
  });

  it('should never show a URL that may carry a password', () => {
    expect(() => parseSubgraphUrls('erp=http://user:secret@[bad/graphql')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret') }));
  });
});
