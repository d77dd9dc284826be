// Its own module so that the article is only downloaded by pages that render it.
import article from '../../data/django-vs-flask.json';

export default article as unknown;
