import { screen, within } from '@testing-library/react';
import { mockDevexApi } from '../../__testUtils__/mockDevexApi';
import { aRisk } from '../../__testUtils__/records';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { RiskRegister } from './RiskRegister';

describe('RiskRegister', () => {
  it('lists the risks with their mitigation and counts them on the heat map', async () => {
    const api = mockDevexApi({
      listRisks: jest.fn().mockResolvedValue({
        risks: [aRisk(), aRisk({ id: 'r2', key: 'RISK-8', mitigation: '' })],
        heatmap: { cells: [{ impact: 4, likelihood: 3, count: 2 }] },
        history: [],
      }),
    });
    await renderWithDevexApi(
      <RiskRegister
        entityRef="component:default/compliance-evidence"
        highlightId="r2"
      />,
      { api },
    );
    expect(await screen.findAllByTestId('risk-row')).toHaveLength(2);
    expect(api.listRisks).toHaveBeenCalledWith(
      'component:default/compliance-evidence',
    );
    expect(
      screen.getByText('Mitigation: Nightly sync with alerts · POPIA-001'),
    ).toBeInTheDocument();
    const map = screen.getByRole('grid', { name: 'Risk heat map' });
    expect(
      within(map).getByLabelText('Impact 4, likelihood 3: 2 risks'),
    ).toHaveTextContent('2');
    expect(
      within(map).getByLabelText('Impact 5, likelihood 5: 0 risks'),
    ).toHaveTextContent('');
    // the risk a link landed on is the selected row
    const [, linked] = screen.getAllByTestId('risk-row');
    expect(linked).toHaveAttribute('aria-current', 'true');
  });

  it('says when the register is empty', async () => {
    await renderWithDevexApi(<RiskRegister />);
    expect(await screen.findByText('No risks recorded.')).toBeInTheDocument();
  });
});
