// Component tests run beside the API's integration tests on a shared machine: a lazy route can
// take more than testing-library's default second to load under load, which is not a failure.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
