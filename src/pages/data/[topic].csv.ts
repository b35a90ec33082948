/** `/data/<topic>.csv`: one CSV per topic of the registry. */
import { topicCsv } from '../../lib/atlas.ts';
import { exchangeRates, openData } from '../../lib/site.ts';
import { TOPICS, type TopicId } from '../../schemas/dimensions.ts';

export function getStaticPaths() {
  return TOPICS.map((topic) => ({ params: { topic: topic.id } }));
}

export async function GET({ params }: { params: { topic: TopicId } }) {
  return new Response(topicCsv(await openData(), params.topic, await exchangeRates()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
