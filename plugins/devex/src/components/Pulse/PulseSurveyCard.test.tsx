import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { PulseSurveyCard } from './PulseSurveyCard';

const campaign = {
  id: 'p1',
  title: 'December pulse',
  period: '2026-12',
  opensAt: '2026-12-01T00:00:00.000Z',
  closesAt: '2026-12-08T00:00:00.000Z',
  questions: [
    {
      id: 'q1',
      text: 'My tools let me work',
      kind: 'likert' as const,
      dimension: 'satisfaction',
    },
    {
      id: 'q2',
      text: 'Reviews come quickly',
      kind: 'likert' as const,
      dimension: 'efficiency',
    },
    {
      id: 'q3',
      text: 'What would help most?',
      kind: 'free_text' as const,
      dimension: null,
    },
  ],
};

describe('PulseSurveyCard', () => {
  it('sends the answers once every Likert question is answered, then says it counted', async () => {
    const api = mockDevexApi({
      getCurrentPulse: jest
        .fn()
        .mockResolvedValueOnce({ campaign, answered: false, responses: 3 })
        .mockResolvedValue({ campaign, answered: true, responses: 4 }),
      answerPulse: jest.fn().mockResolvedValue({ responses: 4 }),
      getPulseResults: jest.fn().mockResolvedValue({
        hidden: true,
        hiddenReason: 'campaign-open',
        minResponses: 5,
        publishedAt: '2026-12-08T00:00:00.000Z',
      }),
    });
    await renderWithDevexApi(<PulseSurveyCard />, { api });
    const send = await screen.findByRole('button', { name: /send answers/i });
    expect(send).toBeDisabled();
    const groups = screen.getAllByRole('radiogroup');
    await userEvent.click(
      within(groups[0]).getByRole('radio', { name: '5 agree' }),
    );
    expect(send).toBeDisabled();
    await userEvent.click(within(groups[1]).getByRole('radio', { name: '2' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'What would help most?' }),
      'Faster CI',
    );
    await userEvent.click(send);
    expect(api.answerPulse).toHaveBeenCalledWith('p1', {
      answers: { q1: 5, q2: 2 },
      freeText: 'Faster CI',
    });
    expect(
      await screen.findByText('Thank you, your answer is counted.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('pulse-hidden')).toHaveTextContent(
        'Your answer is recorded anonymously',
      ),
    );
  });

  it('says when no campaign is open', async () => {
    await renderWithDevexApi(<PulseSurveyCard />);
    expect(
      await screen.findByText(/No pulse campaign is open/),
    ).toBeInTheDocument();
  });
});
