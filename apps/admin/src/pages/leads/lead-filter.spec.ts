import { changeLeadFilter, leadCriteria, leadFilterParams, leadListQuery, parseLeadFilter } from './lead-filter';

const parse = (search: string) => parseLeadFilter(new URLSearchParams(search));

describe('lead filter in the address', () => {
  it('reads every filter, and leaves out what is unknown or malformed', () => {
    expect(parse('view=board&q=+suzuki+&stage=site_visit&industry=rnd&language=ja&assigneeId=2&overdue=true&source=h5&page=3&pageSize=50')).toEqual({
      view: 'board',
      q: 'suzuki',
      stage: 'site_visit',
      industry: 'rnd',
      language: 'ja',
      assigneeId: 2,
      overdue: 'true',
      source: 'h5',
      page: 3,
      pageSize: 50,
    });
    expect(parse('view=grid&stage=won&language=fr&assigneeId=-1&overdue=yes&source=app&page=0&pageSize=1000')).toEqual({
      view: 'queue',
      q: undefined,
      stage: undefined,
      industry: undefined,
      language: undefined,
      assigneeId: undefined,
      overdue: undefined,
      source: undefined,
      page: 1,
      pageSize: 100,
    });
  });

  it('writes short links: defaults left out, and a new filter starts at page 1', () => {
    const filter = parse('stage=new&page=4');
    expect(leadFilterParams(filter).toString()).toBe('stage=new&page=4');
    expect(leadFilterParams(changeLeadFilter(filter, { language: 'en' })).toString()).toBe('stage=new&language=en');
    expect(leadFilterParams(changeLeadFilter(filter, { page: 5 })).toString()).toBe('stage=new&page=5');
    expect(parse(leadFilterParams(parse('view=board&overdue=false')).toString())).toEqual(parse('view=board&overdue=false'));
  });

  it('the board asks for every stage (its columns) and so does its export', () => {
    const board = parse('view=board&stage=new&language=ja&page=2');
    expect(leadListQuery(board)).toEqual(expect.objectContaining({ stage: undefined, language: 'ja', page: 1, pageSize: 100 }));
    expect(leadCriteria(board)).toEqual(expect.objectContaining({ stage: undefined, language: 'ja' }));
    const queue = parse('stage=new&page=2');
    expect(leadListQuery(queue)).toEqual(expect.objectContaining({ stage: 'new', page: 2, pageSize: 20 }));
    expect(leadCriteria(queue)).not.toHaveProperty('page');
  });
});
